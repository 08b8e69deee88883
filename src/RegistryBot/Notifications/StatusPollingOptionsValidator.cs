using Microsoft.Extensions.Options;

namespace RegistryBot.Notifications;

/// <summary>Checks the attributes on <see cref="StatusPollingOptions"/>, generated at build time: no reflection, so it survives trimming.</summary>
[OptionsValidator]
internal sealed partial class StatusPollingOptionsValidator : IValidateOptions<StatusPollingOptions>;
