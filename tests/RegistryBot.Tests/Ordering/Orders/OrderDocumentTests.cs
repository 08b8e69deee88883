using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Tests.Storage;

namespace RegistryBot.Tests.Ordering.Orders;

/// <summary>Orders written by hand are the documents LiteDB's reflection mapper wrote and reads: files of either version read the same.</summary>
public sealed class OrderDocumentTests
{
    private static readonly DateTime Placed = new(2026, 11, 25, 9, 30, 15, 123, DateTimeKind.Utc);

    public static TheoryData<string> Samples => new() { "new, new billing profile", "failed after processing", "done, existing profile" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Writes_the_document_the_reflection_mapper_writes(string sample)
    {
        var order = Sample(sample);

        var expected = ReflectionMapperDocuments.MapperFor<Order>(o => o.Id).ToDocument(order);

        Assert.Equal(ReflectionMapperDocuments.Canonical(expected), ReflectionMapperDocuments.Canonical(OrderDocument.Write(order)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reads_what_the_reflection_mapper_wrote(string sample)
    {
        var reflection = ReflectionMapperDocuments.MapperFor<Order>(o => o.Id);
        var written = reflection.ToDocument(Sample(sample));

        var read = OrderDocument.Read(written);

        Assert.Equal(ReflectionMapperDocuments.Canonical(written), ReflectionMapperDocuments.Canonical(reflection.ToDocument(read)));
    }

    private static Order Sample(string name)
    {
        var order = Order.Place(
            "ORD-" + name.Length,
            new OrderPlacement(
                "draft-" + name.Length,
                "tenant",
                "29:user",
                name.StartsWith("new", StringComparison.Ordinal) ? "Megan Bowen" : null,
                new OrderConversation
                {
                    ConversationId = "a:conv",
                    ConversationType = name.StartsWith("done", StringComparison.Ordinal) ? null : "personal",
                    ServiceUrl = "https://smba.trafficmanager.net/emea/",
                    ChannelId = "msteams",
                    BotId = "28:bot",
                    BotName = "RegistryBot",
                },
                new OrderChoices
                {
                    ServiceType = "harbor",
                    NodeSize = "large",
                    StorageGb = 500,
                    TrustedSources = ["203.0.113.0/24"],
                    Region = "de-west-1",
                    BillingProfileId = name.StartsWith("new", StringComparison.Ordinal) ? OrderDraft.NewBillingProfileId : "bp-42",
                    BillingProfileName = name.StartsWith("new", StringComparison.Ordinal) ? null : "Contoso GmbH",
                    NewBilling = name.StartsWith("new", StringComparison.Ordinal)
                        ? new NewBillingProfile { Company = "Contoso", Email = "billing@contoso.example", Address = "1 Main St" }
                        : null,
                },
                "2026-01",
                name.StartsWith("done", StringComparison.Ordinal) ? null : "card-activity"),
            Placed);
        if (name.StartsWith("failed", StringComparison.Ordinal))
        {
            order.SubmittedToPortalAt = Placed.AddSeconds(1);
            order.StartProcessing(Placed.AddMinutes(1));
            order.MarkFailed("no capacity in the region", Placed.AddMinutes(2));
        }
        else if (name.StartsWith("done", StringComparison.Ordinal))
        {
            order.SubmittedToPortalAt = Placed.AddSeconds(1);
            order.MarkDone(Placed.AddMinutes(5));
        }

        return order;
    }
}
