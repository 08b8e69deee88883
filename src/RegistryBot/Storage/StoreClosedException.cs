namespace RegistryBot.Storage;

/// <summary>A call refused because the data file is closed after an earlier fault, which is the inner exception.</summary>
public sealed class StoreClosedException(Exception fault) : IOException("The data file is closed after a storage fault.", fault);
