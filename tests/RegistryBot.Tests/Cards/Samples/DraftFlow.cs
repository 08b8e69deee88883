using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Moves drafts through the real steps and their validation, as the order verbs do.</summary>
internal sealed class DraftFlow(OrderWaterfall waterfall)
{
    public const string TenantId = "8d4b7f0e-2c1a-4b6e-9f3d-5a7c1e2b9d40";
    public const string ConversationId = "a:1pQ7kz3RmW0cYb8sT2vXnL5hJ9dF4gA6eK";
    public const string UserId = "29:1Jx2Vb7NqPz4Ht8Kc3Rw6Ys0Lm5Gd9Fa";

    private static readonly DateTime StartedAt = new(2026, 3, 2, 9, 12, 0, DateTimeKind.Utc);

    public OrderDraft Start(string? userName = "Dana Whitfield") => new()
    {
        Id = "DRF-" + Guid.NewGuid().ToString("N"),
        OwnerKey = OrderDraft.OwnerKeyOf(ConversationId, UserId),
        ConversationId = ConversationId,
        TenantId = TenantId,
        UserId = UserId,
        UserName = userName,
        CurrentStep = waterfall.FirstStep,
        CreatedAt = StartedAt,
        UpdatedAt = StartedAt,
    };

    /// <summary>A new draft answered step by step until <paramref name="stepId"/> is the current step.</summary>
    public async Task<OrderDraft> AtAsync(string stepId, SampleAnswers answers)
    {
        var draft = Start();
        while (draft.CurrentStep != stepId)
        {
            if (draft.CurrentStep == StepIds.Summary)
            {
                throw new InvalidOperationException($"These answers never reach the step '{stepId}'.");
            }

            var step = waterfall.Find(draft.CurrentStep)!;
            var outcome = await step.ApplyAsync(draft, answers.For(step.Id), CancellationToken.None);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"The sample answer for '{step.Id}' was refused: {string.Join(" ", outcome.Errors)}");
            }

            draft.CurrentStep = waterfall.Next(draft, step.Id);
        }

        return draft;
    }

    public Task<OrderDraft> CompletedAsync(SampleAnswers answers) => AtAsync(StepIds.Summary, answers);

    /// <summary>A completed draft back at <paramref name="stepId"/>, as after Edit on the summary.</summary>
    public async Task<OrderDraft> EditingAsync(string stepId, SampleAnswers answers)
    {
        var draft = await CompletedAsync(answers);
        draft.CurrentStep = stepId;
        draft.ReturnToSummary = true;
        return draft;
    }

    /// <summary>The errors the current step gives for <paramref name="inputs"/>, which it must refuse.</summary>
    public async Task<IReadOnlyList<string>> RefusalOfAsync(OrderDraft draft, StepInputs inputs)
    {
        var outcome = await waterfall.Find(draft.CurrentStep)!.ApplyAsync(draft, inputs, CancellationToken.None);
        return outcome.Succeeded
            ? throw new InvalidOperationException($"The step '{draft.CurrentStep}' accepted inputs meant to be refused.")
            : outcome.Errors;
    }
}
