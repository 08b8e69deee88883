using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using RegistryBot.Benchmarks;

// Results go beside this project (bench/RegistryBot.Benchmarks/BenchmarkDotNet.Artifacts), wherever it is run from.
var project = new DirectoryInfo(AppContext.BaseDirectory);
while (project is not null && !File.Exists(Path.Combine(project.FullName, "RegistryBot.Benchmarks.csproj")))
{
    project = project.Parent;
}

var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(project?.FullName ?? Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(ActivityTurnBenchmarks).Assembly).Run(args, config);
