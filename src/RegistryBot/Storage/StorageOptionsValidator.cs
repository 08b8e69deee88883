using Microsoft.Extensions.Options;

namespace RegistryBot.Storage;

/// <summary>Checks the attributes on <see cref="StorageOptions"/>, generated at build time: no reflection, so it survives trimming.</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
