using Microsoft.Extensions.Options;

namespace RegistryBot.Portal;

/// <summary>Checks the attributes on <see cref="PortalOptions"/>, generated at build time: no reflection, so it survives trimming.</summary>
[OptionsValidator]
internal sealed partial class PortalOptionsValidator : IValidateOptions<PortalOptions>;
