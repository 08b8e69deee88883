using System.Collections;

namespace RegistryBot.Hosting;

/// <summary>How the configuration binder sees an options property's type: a list, a single value, or an object of settings.</summary>
internal static class OptionsShape
{
    /// <summary>The element type of a list or array; null for anything else, strings included.</summary>
    public static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            ? type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault()
            : null;

    /// <summary>A type bound from one configuration value rather than from child keys.</summary>
    public static bool IsScalar(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(decimal)
            || plain == typeof(TimeSpan) || plain == typeof(Uri) || plain == typeof(DateTime) || plain == typeof(DateTimeOffset);
    }
}
