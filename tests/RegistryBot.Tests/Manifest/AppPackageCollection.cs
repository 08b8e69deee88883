namespace RegistryBot.Tests.Manifest;

/// <summary>The tests that run <c>./package.sh</c>, one at a time, since each may build the packaging tool.</summary>
[CollectionDefinition(Name)]
public sealed class AppPackageCollection : ICollectionFixture<AppPackageFixture>
{
    public const string Name = "app package";
}
