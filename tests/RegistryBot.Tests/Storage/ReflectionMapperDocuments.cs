using LiteDB;

namespace RegistryBot.Tests.Storage;

/// <summary>
/// What LiteDB's reflection mapper writes for a type, with the store's settings, to check that a
/// mapper written by hand writes and reads the same documents.
/// </summary>
public static class ReflectionMapperDocuments
{
    public static BsonMapper MapperFor<T>(System.Linq.Expressions.Expression<Func<T, string>> id)
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false, EnumAsInteger = false };
        mapper.Entity<T>().Id(id, autoId: false);
        return mapper;
    }

    /// <summary>The document as JSON, fields in name order at every level, so two writers' field order does not matter.</summary>
    public static string Canonical(BsonValue value) => LiteDB.JsonSerializer.Serialize(Sorted(value));

    private static BsonValue Sorted(BsonValue value)
    {
        if (value.IsArray)
        {
            return new BsonArray(value.AsArray.Select(Sorted));
        }

        if (!value.IsDocument)
        {
            return value;
        }

        var sorted = new BsonDocument();
        foreach (var name in value.AsDocument.Keys.Order(StringComparer.Ordinal))
        {
            sorted[name] = Sorted(value.AsDocument[name]);
        }

        return sorted;
    }
}
