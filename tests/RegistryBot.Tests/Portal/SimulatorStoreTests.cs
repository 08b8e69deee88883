using LiteDB;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Portal.Simulator;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Portal;

/// <summary>
/// The portal simulator keeps its records in a LiteDB file of its own, through the real app (built,
/// not started): beside the bot's data file, never in it, moved out of it when an earlier version
/// left them there, and unavailable (as a remote portal would be) while its file has failed.
/// </summary>
public sealed class SimulatorStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("registrybot-simulator-");

    private string BotFile => Path.Combine(_folder.FullName, "registrybot.db");

    private string SimulatorFile => Path.Combine(_folder.FullName, "registrybot-portal.db");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_submitted_order_is_kept_in_the_simulators_own_file_beside_the_bots_and_not_in_the_bots()
    {
        await using var app = Build();
        var portal = app.Services.GetRequiredService<SimulatedPortal>();

        Assert.True((await portal.SubmitOrderAsync(SampleOrders.Placed("ORD-OWNFILE"), CancellationToken.None)).Accepted);

        Assert.Equal(SimulatorFile, app.Services.GetRequiredService<SimulatorStore>().FilePath);
        Assert.True(File.Exists(SimulatorFile));
        var statuses = await portal.GetStatusesAsync(["ORD-OWNFILE"], CancellationToken.None);
        Assert.Equal(OrderStatus.New, Assert.Single(statuses).Status);
        var botCollections = app.Services.GetRequiredService<LiteDbStore>().Database.GetCollectionNames().ToList();
        Assert.Contains(OrderSetup.CollectionName, botCollections);
        Assert.DoesNotContain(SimulatorSetup.OrdersCollection, botCollections);
        Assert.DoesNotContain(SimulatorSetup.TicketsCollection, botCollections);
    }

    [Fact]
    public async Task The_simulators_records_outlive_a_restart()
    {
        await using (var first = Build())
        {
            await first.Services.GetRequiredService<SimulatedPortal>().SubmitOrderAsync(SampleOrders.Placed("ORD-KEPT"), CancellationToken.None);
        }

        await using var second = Build();
        var statuses = await second.Services.GetRequiredService<SimulatedPortal>().GetStatusesAsync(["ORD-KEPT"], CancellationToken.None);
        Assert.Equal("ORD-KEPT", Assert.Single(statuses).OrderId);
    }

    [Fact]
    public void Its_file_is_named_after_the_bots_unless_a_path_is_set()
    {
        var storage = new StorageOptions { Path = Path.Combine(_folder.FullName, "bot.db") };

        Assert.Equal(Path.Combine(_folder.FullName, "bot-portal.db"), SimulatorStore.PathFor(new SimulatorOptions(), storage));
        Assert.Equal(Path.Combine(_folder.FullName, "elsewhere.db"), SimulatorStore.PathFor(new SimulatorOptions { Path = Path.Combine(_folder.FullName, "elsewhere.db") }, storage));
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "sim", "portal.db"), SimulatorStore.PathFor(new SimulatorOptions { Path = Path.Combine("sim", "portal.db") }, storage));
    }

    [Fact]
    public async Task A_second_app_set_to_the_same_simulator_file_stops_before_it_listens()
    {
        var shared = "--Portal:Simulator:Path=" + Path.Combine(_folder.FullName, "shared-portal.db");
        await using var first = RegistryBotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:Path=" + BotFile, shared]);

        var refused = Assert.Throws<DataFileLockedException>(() =>
            RegistryBotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:Path=" + Path.Combine(_folder.FullName, "other.db"), shared]));

        Assert.Contains("shared-portal.db", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_an_earlier_version_kept_in_the_bots_file_move_to_the_simulators_and_its_orders_move_on()
    {
        var submittedAt = DateTime.UtcNow.AddSeconds(-10);
        await using (var earlier = Build())
        {
            // What an earlier version left: the simulator's collections inside the bot's data file.
            var botDatabase = earlier.Services.GetRequiredService<LiteDbStore>().Database;
            botDatabase.GetCollection(SimulatorSetup.OrdersCollection).Insert(new BsonDocument
            {
                ["_id"] = "ORD-EARLIER", ["Region"] = "de-west-1", ["SubmittedAt"] = submittedAt, ["FailureReason"] = BsonValue.Null,
            });
            botDatabase.GetCollection(SimulatorSetup.TicketsCollection).Insert(new BsonDocument
            {
                ["_id"] = "request-1", ["Reference"] = "TCK-00000001", ["OrderId"] = "ORD-EARLIER", ["TenantId"] = "t", ["RequestedBy"] = "u",
                ["Description"] = "d", ["CreatedAt"] = submittedAt,
            });
        }

        File.Delete(SimulatorFile);
        await using var upgraded = Build();
        var portal = upgraded.Services.GetRequiredService<SimulatedPortal>();

        var status = Assert.Single(await portal.GetStatusesAsync(["ORD-EARLIER"], CancellationToken.None));
        Assert.Equal(OrderStatus.Processing, status.Status);
        var ticket = await portal.CreateTicketAsync(new TicketRequest("request-1", "ORD-EARLIER", "t", "u", "d"), CancellationToken.None);
        Assert.Equal("TCK-00000001", ticket.Reference);
        var botCollections = upgraded.Services.GetRequiredService<LiteDbStore>().Database.GetCollectionNames().ToList();
        Assert.DoesNotContain(SimulatorSetup.OrdersCollection, botCollections);
        Assert.DoesNotContain(SimulatorSetup.TicketsCollection, botCollections);
    }

    [Fact]
    public void Moving_the_records_again_after_an_interruption_keeps_one_of_each()
    {
        using var bot = new LiteDatabase(Path.Combine(_folder.FullName, "bot.db"));
        using var simulator = new LiteDatabase(Path.Combine(_folder.FullName, "simulator.db"));
        var records = Enumerable.Range(0, 3).Select(index => new BsonDocument { ["_id"] = $"ORD-{index}", ["Region"] = "r" }).ToList();
        bot.GetCollection(SimulatorSetup.OrdersCollection).InsertBulk(records);

        // Interrupted after the copy, before the bot's collection was dropped.
        simulator.GetCollection(SimulatorSetup.OrdersCollection).Insert(records[0]);

        Assert.Equal(3, SimulatorRecordsMove.FromBotFile(bot, simulator));
        Assert.Equal(0, SimulatorRecordsMove.FromBotFile(bot, simulator));
        Assert.Equal(["ORD-0", "ORD-1", "ORD-2"], simulator.GetCollection(SimulatorSetup.OrdersCollection).FindAll().Select(record => record["_id"].AsString));
        Assert.False(bot.CollectionExists(SimulatorSetup.OrdersCollection));
    }

    [Fact]
    public async Task While_its_file_has_failed_the_simulator_is_unavailable_and_the_next_call_reopens_it()
    {
        var logs = new RecordingLoggerProvider();
        await using var app = RegistryBotApp.Build(
            ["--urls", "http://127.0.0.1:0", "--Storage:Path=" + BotFile], services => services.AddSingleton<ILoggerProvider>(logs));
        var portal = app.Services.GetRequiredService<SimulatedPortal>();
        var store = app.Services.GetRequiredService<SimulatorStore>();
        await portal.SubmitOrderAsync(SampleOrders.Placed("ORD-BEFORE"), CancellationToken.None);

        // LiteDB closes itself for good after an I/O error; a closed database fails the same way.
        store.Use(database =>
        {
            database.Dispose();
            return true;
        });

        await Assert.ThrowsAsync<PortalUnavailableException>(() => portal.GetStatusesAsync(["ORD-BEFORE"], CancellationToken.None));
        Assert.True((await portal.SubmitOrderAsync(SampleOrders.Placed("ORD-AFTER"), CancellationToken.None)).Accepted);
        var statuses = await portal.GetStatusesAsync(["ORD-BEFORE", "ORD-AFTER"], CancellationToken.None);
        Assert.Equal(["ORD-AFTER", "ORD-BEFORE"], statuses.Select(status => status.OrderId).Order(StringComparer.Ordinal));

        // The log says which file failed and was reopened: the simulator's, not the bot's.
        Assert.Contains(logs.Entries, entry => entry.Id.Id == 3002 && entry.Message.Contains(SimulatorFile, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.Id.Id == 3003 && entry.Message.Contains(SimulatorFile, StringComparison.Ordinal));
    }

    private WebApplication Build() => RegistryBotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:Path=" + BotFile]);
}
