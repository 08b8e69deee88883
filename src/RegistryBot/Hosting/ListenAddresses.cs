namespace RegistryBot.Hosting;

/// <summary>Where the app will listen, read from configuration the way Kestrel reads it.</summary>
public static class ListenAddresses
{
    public const string Default = "http://127.0.0.1:3978";

    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"])
            .OfType<string>());

        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            addresses.AddRange(Split(configuration[key]).Select(port => $"{scheme}://*:{port}"));
        }

        return addresses;
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
