using LiteDB;

namespace RegistryBot.Storage;

/// <summary>
/// Reads and writes fields as LiteDB's reflection mapper does (with <c>SerializeNullValues</c> off):
/// a null is left out of the document, and a field the document lacks leaves the property as it was.
/// </summary>
public static class BsonFields
{
    public static void SetIfNotNull(this BsonDocument document, string name, string? value)
    {
        if (value is not null)
        {
            document[name] = value;
        }
    }

    public static void SetIfNotNull(this BsonDocument document, string name, int? value)
    {
        if (value is { } number)
        {
            document[name] = number;
        }
    }

    public static void SetIfNotNull(this BsonDocument document, string name, DateTime? value)
    {
        if (value is { } time)
        {
            document[name] = time;
        }
    }

    public static void SetIfNotNull(this BsonDocument document, string name, BsonDocument? value)
    {
        if (value is not null)
        {
            document[name] = value;
        }
    }

    public static BsonArray ToBsonArray(this List<string> values) => new(values.ConvertAll(value => new BsonValue(value)));

    public static List<string> ToStringList(this BsonValue array) => array.AsArray.Select(value => value.AsString).ToList();

    /// <summary>The field's value, or null where the document lacks it or holds a null.</summary>
    public static BsonValue? Field(this BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && !value.IsNull ? value : null;

    /// <summary>A string field, or null: what the reflection mapper leaves in a property whose field is missing.</summary>
    public static string? Text(this BsonDocument document, string name) => document.Field(name)?.AsString;
}
