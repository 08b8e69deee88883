namespace RegistryBot.Portal.Http.Contracts;

/// <summary>The Teams user who placed an order: their id, and their display name when Teams gave one.</summary>
internal sealed record PlacedByDto(string Id, string? Name);
