namespace RegistryBot.Ordering.TrustedSources;

/// <summary>An entry that passed every check: its range, its position among entries and its text in the input.</summary>
internal readonly record struct AcceptedEntry(AddressRange Range, int Order, Range Text);
