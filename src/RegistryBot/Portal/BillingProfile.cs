namespace RegistryBot.Portal;

/// <summary>A billing profile the customer already has with the provider.</summary>
public sealed record BillingProfile(string Id, string Name);
