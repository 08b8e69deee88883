using Microsoft.Extensions.Options;

namespace RegistryBot.Teams.Hosting;

/// <summary>Checks the attributes on <see cref="TeamsOptions"/>, generated at build time: no reflection, so it survives trimming.</summary>
[OptionsValidator]
internal sealed partial class TeamsOptionsValidator : IValidateOptions<TeamsOptions>;
