using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Text;
using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Metrics;

namespace RegistryBot.LoadTest.Driver;

/// <summary>
/// One simulated user in a closed loop: each order's turns go one after another with no think time.
/// A failed turn abandons the order (the draft is cancelled) and the user moves on to the next one.
/// </summary>
public sealed class VirtualUser
{
    private readonly OrderScript _script;
    private readonly BotClient _bot;
    private readonly ConversationInbox _inbox;
    private readonly TimeSpan _turnTimeout;
    private readonly ArrayBufferWriter<byte> _request = new(4096);
    private readonly ResponseBuffer _response = new();
    private readonly byte[] _activityId = new byte[64];
    private readonly int _activityIdPrefixLength;
    private long _sequence;

    public VirtualUser(UserIdentity identity, OrderScript script, BotClient bot, ConversationInbox inbox, TimeSpan turnTimeout)
    {
        _script = script;
        _bot = bot;
        _inbox = inbox;
        _turnTimeout = turnTimeout;
        _activityIdPrefixLength = Encoding.ASCII.GetBytes($"f:{identity.RunId}-{identity.Index}-", _activityId);
    }

    public async Task<OrderTally> RunAsync(int orders, LatencyRecorder latencies, ErrorLog errors, Action<string>? placed, CancellationToken cancellationToken)
    {
        var completed = 0;
        for (var i = 0; i < orders && !cancellationToken.IsCancellationRequested; i++)
        {
            var orderId = await PlaceOrderAsync(latencies, errors, cancellationToken);
            if (orderId is null)
            {
                await CancelDraftAsync(cancellationToken);
                continue;
            }

            completed++;
            placed?.Invoke(orderId);
        }

        return new OrderTally(completed, orders - completed);
    }

    /// <summary>The order's id, or null after recording why it failed.</summary>
    private async Task<string?> PlaceOrderAsync(LatencyRecorder latencies, ErrorLog errors, CancellationToken cancellationToken)
    {
        var turn = "order";
        try
        {
            var arrival = _inbox.Expect(OrderScript.FirstStepMarker);
            var started = Stopwatch.GetTimestamp();
            var status = await SendAsync(_script.OrderMessage, [], [], cancellationToken);
            if (status != 200)
            {
                return Fail(errors, turn, $"HTTP {status}", _response.Excerpt());
            }

            var card = await arrival.WaitAsync(_turnTimeout, cancellationToken);
            if (!card.IsExpectedCard || card.DraftId is null)
            {
                return Fail(errors, turn, "not the first step's card", card.DraftId ?? "no draftId");
            }

            latencies.Record(TurnKind.OrderMessage, card.ArrivedAt - started);
            var draftId = Encoding.UTF8.GetBytes(card.DraftId);
            var replyToId = Encoding.UTF8.GetBytes(card.ActivityId);
            foreach (var step in _script.Steps)
            {
                turn = step.Name;
                started = Stopwatch.GetTimestamp();
                status = await SendAsync(step.Template, draftId, replyToId, cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - started;
                if (status != 200)
                {
                    return Fail(errors, turn, $"HTTP {status}", _response.Excerpt());
                }

                if (!JsonMarkers.Contains(_response.Span, step.ExpectedMarker))
                {
                    return Fail(errors, turn, "unexpected card", _response.Excerpt());
                }

                latencies.Record(step.Kind, elapsed);
            }

            return JsonMarkers.OrderId(_response.Span);
        }
        catch (TimeoutException)
        {
            return Fail(errors, turn, "timeout", $"no answer within {_turnTimeout.TotalSeconds} s");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(errors, turn, "timeout", $"no HTTP answer within {_turnTimeout.TotalSeconds} s");
        }
        catch (HttpRequestException exception)
        {
            return Fail(errors, turn, "transport", exception.Message);
        }
    }

    private async Task CancelDraftAsync(CancellationToken cancellationToken)
    {
        try
        {
            var arrival = _inbox.Expect(null);
            await SendAsync(_script.CancelMessage, [], [], cancellationToken);
            await arrival.WaitAsync(_turnTimeout, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or HttpRequestException or TaskCanceledException)
        {
        }
    }

    private Task<int> SendAsync(ActivityTemplate template, ReadOnlySpan<byte> draftId, ReadOnlySpan<byte> replyToId, CancellationToken cancellationToken)
    {
        template.Render(_request, NextActivityId(), draftId, replyToId);
        return _bot.PostAsync(_request.WrittenMemory, _response, cancellationToken);
    }

    private ReadOnlySpan<byte> NextActivityId()
    {
        Utf8Formatter.TryFormat(++_sequence, _activityId.AsSpan(_activityIdPrefixLength), out var written);
        return _activityId.AsSpan(0, _activityIdPrefixLength + written);
    }

    private static string? Fail(ErrorLog errors, string turn, string what, string detail)
    {
        errors.Add($"{turn}: {what}", detail);
        return null;
    }
}
