namespace RegistryBot.LoadTest.Driver;

/// <summary>One card action of an order: its template, and the marker the answering card must carry.</summary>
public sealed record OrderStep(string Name, TurnKind Kind, ActivityTemplate Template, byte[] ExpectedMarker);
