using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Benchmarks;

/// <summary><c>TrustedSourceList.Parse</c> of a pasted list: public IPv4 hosts and ranges with some IPv6, one per line.</summary>
[MemoryDiagnoser]
public class TrustedSourceBenchmarks
{
    private string _input = string.Empty;

    [Params(10, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= Lines; i++)
        {
            text.Append((i % 4) switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"2a00:1450:{i >> 16:x}:{i & 0xFFFF:x}::/64"),
                1 => string.Create(CultureInfo.InvariantCulture, $"1.{(i >> 16) & 0xFF}.{(i >> 8) & 0xFF}.{i & 0xFF}"),
                2 => string.Create(CultureInfo.InvariantCulture, $"5.{(i >> 8) & 0xFF}.{i & 0xFF}.0/28"),
                _ => string.Create(CultureInfo.InvariantCulture, $"81.{(i >> 8) & 0xFF}.{i & 0xFF}.17/32"),
            }).Append('\n');
        }

        _input = text.ToString();
    }

    [Benchmark]
    public TrustedSourceParseResult Parse() => TrustedSourceList.Parse(_input);
}
