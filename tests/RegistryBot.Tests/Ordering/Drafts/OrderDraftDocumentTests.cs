using RegistryBot.Ordering.Drafts;
using RegistryBot.Tests.Storage;

namespace RegistryBot.Tests.Ordering.Drafts;

/// <summary>Drafts written by hand are the documents LiteDB's reflection mapper wrote and reads: files of either version read the same.</summary>
public sealed class OrderDraftDocumentTests
{
    private static readonly DateTime Created = new(2026, 11, 25, 9, 30, 15, 123, DateTimeKind.Utc);

    public static TheoryData<string> Samples => new() { "complete", "just opened", "placed with an existing profile" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Writes_the_document_the_reflection_mapper_writes(string sample)
    {
        var draft = Sample(sample);

        var expected = ReflectionMapperDocuments.MapperFor<OrderDraft>(d => d.Id).ToDocument(draft);

        Assert.Equal(ReflectionMapperDocuments.Canonical(expected), ReflectionMapperDocuments.Canonical(OrderDraftDocument.Write(draft)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reads_what_the_reflection_mapper_wrote(string sample)
    {
        var reflection = ReflectionMapperDocuments.MapperFor<OrderDraft>(d => d.Id);
        var written = reflection.ToDocument(Sample(sample));

        var read = OrderDraftDocument.Read(written);

        Assert.Equal(ReflectionMapperDocuments.Canonical(written), ReflectionMapperDocuments.Canonical(reflection.ToDocument(read)));
    }

    [Fact]
    public void A_document_without_the_later_fields_reads_with_their_defaults()
    {
        var written = OrderDraftDocument.Write(Sample("just opened")).AsDocument;
        written.Remove(nameof(OrderDraft.TrustedSources));
        written.Remove(nameof(OrderDraft.TrustedSourceWarnings));
        written.Remove(nameof(OrderDraft.ReturnToSummary));

        var read = OrderDraftDocument.Read(written);

        Assert.Empty(read.TrustedSources);
        Assert.Empty(read.TrustedSourceWarnings);
        Assert.False(read.ReturnToSummary);
        Assert.Equal(DraftState.Open, read.State);
    }

    private static OrderDraft Sample(string name) => name switch
    {
        "complete" => new OrderDraft
        {
            Id = "d-1",
            OwnerKey = OrderDraft.OwnerKeyOf("a:conv", "29:user"),
            ConversationId = "a:conv",
            TenantId = "tenant",
            UserId = "29:user",
            UserName = "Megan Bowen",
            CurrentStep = "summary",
            ReturnToSummary = true,
            Version = 7,
            ServiceType = "harbor",
            NodeSize = "medium",
            StorageGb = 250,
            TrustedSources = ["203.0.113.0/24", "198.51.100.7/32"],
            TrustedSourceWarnings = ["198.51.100.7 was given without a prefix"],
            Region = "de-west-1",
            BillingProfileId = OrderDraft.NewBillingProfileId,
            NewBilling = new NewBillingProfile { Company = "Contoso", Email = "billing@contoso.example", Address = "1 Main St" },
            CreatedAt = Created,
            UpdatedAt = Created.AddMinutes(3),
        },
        "just opened" => new OrderDraft
        {
            Id = "d-2",
            OwnerKey = OrderDraft.OwnerKeyOf("a:conv", "29:user"),
            ConversationId = "a:conv",
            TenantId = "tenant",
            UserId = "29:user",
            CurrentStep = "service",
            CreatedAt = Created,
            UpdatedAt = Created,
        },
        _ => new OrderDraft
        {
            Id = "d-3",
            OwnerKey = OrderDraft.OwnerKeyOf("19:channel", "29:user"),
            ConversationId = "19:channel",
            TenantId = "tenant",
            UserId = "29:user",
            State = DraftState.Placed,
            CurrentStep = "summary",
            Version = 9,
            ServiceType = "harbor",
            NodeSize = "small",
            StorageGb = 50,
            TrustedSources = ["192.0.2.1/32"],
            Region = "de-north-2",
            BillingProfileId = "bp-42",
            OrderId = "ORD-1",
            CreatedAt = Created,
            UpdatedAt = Created.AddHours(1),
        },
    };
}
