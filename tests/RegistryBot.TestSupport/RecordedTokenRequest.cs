namespace RegistryBot.TestSupport;

/// <summary>One client-credentials request to the fake token service: the tenant in its path and its form fields.</summary>
public sealed record RecordedTokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);
