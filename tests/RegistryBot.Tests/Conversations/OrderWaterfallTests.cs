using Microsoft.Extensions.Options;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;
using RegistryBot.Portal;

namespace RegistryBot.Tests.Conversations;

public sealed class OrderWaterfallTests
{
    private readonly OrderWaterfall _waterfall;

    public OrderWaterfallTests()
    {
        var catalogOptions = new CatalogOptions();
        new CatalogDefaults().PostConfigure(null, catalogOptions);
        var catalog = new OrderCatalog(Options.Create(catalogOptions));
        var portal = new FixedBillingProfiles();
        _waterfall = new OrderWaterfall(
        [
            new ServiceStep(catalog), new NodeSizeStep(catalog), new StorageStep(catalog), new TrustedSourcesStep(catalog),
            new RegionStep(catalog), new BillingStep(portal), new NewBillingStep(),
        ]);
    }

    [Fact]
    public void Steps_follow_the_providers_order_and_skip_new_billing_for_an_existing_profile()
    {
        var draft = Draft(billing: "BP-1001");

        var sequence = Walk(draft);

        Assert.Equal(["service", "nodeSize", "storage", "trustedSources", "region", "billing", "summary"], sequence);
        Assert.Equal(new StepProgress(3, 7), _waterfall.Progress(draft, "storage"));
    }

    [Fact]
    public void A_new_billing_profile_adds_its_step_before_the_summary()
    {
        var draft = Draft(billing: OrderDraft.NewBillingProfileId);

        Assert.Equal(["service", "nodeSize", "storage", "trustedSources", "region", "billing", "newBilling", "summary"], Walk(draft));
        Assert.Equal(new StepProgress(8, 8), _waterfall.Progress(draft, "summary"));
    }

    [Fact]
    public void Back_goes_to_the_previous_applicable_step_and_not_before_the_first()
    {
        var draft = Draft(billing: "BP-1001");

        Assert.Equal("billing", _waterfall.Previous(draft, "summary"));
        Assert.Equal("service", _waterfall.Previous(draft, "nodeSize"));
        Assert.Null(_waterfall.Previous(draft, "service"));
    }

    [Fact]
    public void An_edit_from_the_summary_returns_to_it_unless_an_answer_is_now_missing()
    {
        var draft = Draft(billing: "BP-1001");
        draft.ReturnToSummary = true;

        Assert.Equal("summary", _waterfall.Next(draft, "storage"));

        draft.BillingProfileId = OrderDraft.NewBillingProfileId;
        Assert.Equal("newBilling", _waterfall.Next(draft, "billing"));
    }

    [Fact]
    public void Steps_are_found_by_id_only()
    {
        Assert.True(_waterfall.IsStep("summary"));
        Assert.True(_waterfall.IsStep("trustedSources"));
        Assert.False(_waterfall.IsStep("3"));
        Assert.Null(_waterfall.Find("Summary"));
    }

    private List<string> Walk(OrderDraft draft)
    {
        var sequence = new List<string> { _waterfall.FirstStep };
        while (sequence[^1] != StepIds.Summary)
        {
            sequence.Add(_waterfall.Next(draft, sequence[^1]));
        }

        return sequence;
    }

    private static OrderDraft Draft(string billing) => new()
    {
        Id = "DRF-1",
        OwnerKey = "c\nu",
        ConversationId = "c",
        TenantId = "t",
        UserId = "u",
        CurrentStep = "service",
        ServiceType = "harbor",
        NodeSize = "small",
        StorageGb = 50,
        TrustedSources = ["1.2.3.4/32"],
        Region = "de-west-1",
        BillingProfileId = billing,
    };

    private sealed class FixedBillingProfiles : IRegistryPortal
    {
        public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<BillingProfile>>([new BillingProfile("BP-1001", "Main")]);

        public Task<PortalSubmission> SubmitOrderAsync(RegistryBot.Ordering.Orders.Order order, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
