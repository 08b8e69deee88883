using System.Net;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Found by the fuzz test (defect 2 of docs/reliability.md): ids are LiteDB index keys (dedupe entries,
/// conversation references, draft owners, audit tenants), and LiteDB refuses keys over 1,023 bytes with
/// a LiteException. That is one request's problem, not the disk's: it must not be answered as a storage
/// outage nor mark the data file faulted (which turns /healthz to 503, pauses the status job and
/// reopens the database).
/// </summary>
public sealed class LongIdentifierTests(ITestOutputHelper output)
{
    public static TheoryData<string> Fields => new() { "activity id", "conversation id", "user id" };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task An_over_long_id_is_refused_without_faulting_the_store(string field)
    {
        await using var bot = await InProcessBot.StartAsync("--Bot:RateLimits:PerUserBurst=0");
        var member = Member.Personal();
        var activity = bot.Activities.Message("order", member);
        var huge = new string('x', 2_000);
        switch (field)
        {
            case "activity id":
                activity["id"] = huge;
                break;
            case "conversation id":
                activity["conversation"]!["id"] = "a:" + huge;
                break;
            default:
                activity["from"]!["aadObjectId"] = huge;
                break;
        }

        using var response = await bot.PostAsync(activity, CancellationToken.None);
        await bot.ProbeAsync();

        Assert.True((int)response.StatusCode < 500, $"Answered {(int)response.StatusCode}.");
        var replies = bot.Connector.Where(request => request.Kind == CallKind.Reply).Select(request => request.BodyText).ToList();
        Assert.DoesNotContain(replies, reply => reply.Contains("storage problem", StringComparison.Ordinal));
        using var health = await bot.Client.GetAsync("/healthz");
        output.WriteLine(await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
