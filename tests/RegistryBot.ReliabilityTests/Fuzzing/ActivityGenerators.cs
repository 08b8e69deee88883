using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests.Fuzzing;

/// <summary>
/// CsCheck generators of malformed and mutated activities and card submits. Users who own nothing
/// may send anything; the owners of the target drafts only submits that must change nothing (a
/// stale step, an invalid value, a foreign or missing draft id, verbs that need another step), never
/// a valid one. Service URLs are only ever the fake connector's, a closed loopback port, or not a URL.
/// </summary>
public static class ActivityGenerators
{
    private static readonly string[] Verbs =
        ["order.next", "order.back", "order.edit", "order.cancel", "order.place", "status.refresh", "ticket.open", "ticket.submit"];

    private static readonly string[] Steps = ["service", "nodeSize", "storage", "trustedSources", "region", "billing", "newBilling", "summary"];

    private static readonly string[] InputIds =
        ["serviceType", "nodeSize", "storageGb", "trustedSources", "region", "billingProfile", "billingCompany", "billingEmail", "billingAddress", "acceptTerms", "ticketDescription"];

    private static readonly string[] Specials =
        ["", " ", "\t\n", "null", "true", "0", "-1", "1e309", "NaN", "\u0000", "\u202e", "💥", "ǅ", "<at>RegistryBot</at>", "' OR 1=1 --", "${draftId}", "{\"$type\":\"x\"}", "../../etc/passwd", "ORD-0000000000", "DRF-", "TRQ-"];

    public static Gen<FuzzCase> All(FuzzWorld world) => Gen.Frequency(
        (30, Stranger(world).Select(activity => Case("stranger", activity))),
        (25, OwnerInvalidSubmit(world).Select(activity => Case("owner-invalid-submit", activity))),
        (10, OwnerOther(world).Select(activity => Case("owner-other", activity))),
        (20, Stranger(world).SelectMany(activity => Mutations.Select(mutate => Case("stranger-mutated", mutate(activity))))),
        (15, RawBytes(world)));

    private static FuzzCase Case(string kind, JsonObject activity) => new(kind, Encoding.UTF8.GetBytes(activity.ToJsonString()));

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/ "], 0, 24];

    private static readonly Gen<string> AnyText = Gen.Frequency(
        (3, Word),
        (2, Gen.OneOf(Specials)),
        (1, Gen.String[Gen.Char['\u0001', '\ud7ff'], 0, 30]),
        (1, Gen.Int[0, 9000].Select(n => new string('x', n))));

    private static Gen<JsonNode?> AnyJson(int depth = 3)
    {
        var scalar = Gen.Frequency<JsonNode?>(
            (3, AnyText.Select(text => (JsonNode?)JsonValue.Create(text))),
            (2, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
            (1, Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(0.5))),
            (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
            (1, Gen.Const<JsonNode?>(() => null)));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = AnyJson(depth - 1);
        var key = Gen.Frequency((2, Gen.OneOf([.. InputIds, "draftId", "step", "orderId", "requestId", "verb", "type", "data", "action", "id"])), (1, Word));
        return Gen.Frequency<JsonNode?>(
            (4, scalar),
            (1, Gen.Select(key, inner).List[0, 4].Select(pairs => (JsonNode?)ToObject(pairs))),
            (1, inner.List[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]))));
    }

    private static JsonObject ToObject(IEnumerable<(string Key, JsonNode? Value)> pairs)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            obj[key] = value;
        }

        return obj;
    }

    private static Gen<string?> ServiceUrl(FuzzWorld world) => Gen.Frequency(
        (8, Gen.Const<string?>(world.ServiceUrl)),
        (1, Gen.OneOf<string?>("http://127.0.0.1:9/", "", "not a url", "ftp://127.0.0.1/", "https://127.0.0.1:1/x/", null)));

    private static readonly Gen<string?> ActivityId = Gen.Frequency(
        (6, Gen.OneOf<string?>(null, "")),
        (2, Gen.Int[0, 199].Select(n => (string?)$"dup-{n}")),
        (1, Gen.Guid.Select(guid => (string?)$"f:{guid:N}")),
        (1, AnyText.Select(text => (string?)text)));

    private static Gen<JsonNode?> DraftIdValue(FuzzWorld world) => Gen.Frequency<JsonNode?>(
        (4, Gen.OneOf([.. world.Targets.Select(target => target.DraftId)]).Select(id => (JsonNode?)id)),
        (1, Gen.Const<JsonNode?>(() => "DRF-" + new string('0', 32))),
        (1, AnyJson(1)));

    private static Gen<JsonNode?> OrderIdValue(FuzzWorld world) => Gen.Frequency<JsonNode?>(
        (4, Gen.Const<JsonNode?>(() => world.OrderId)),
        (1, Gen.OneOf(world.OrderId.ToLowerInvariant(), world.OrderId + " ", "ORD-0000000000", "ORD-")
            .Select(id => (JsonNode?)id)),
        (1, AnyJson(1)));

    private static readonly Gen<JsonNode?> InputValue = Gen.Frequency<JsonNode?>(
        (2, Gen.OneOf("harbor", "medium", "small", "120", "50", "2000", "93.184.216.34", "de-west-1", "BP-1001", "new", "true", "Contoso", "a@b.example")
            .Select(value => (JsonNode?)value)),
        (2, AnyJson(1)));

    private static Gen<JsonObject> Inputs(IReadOnlyList<string> ids) =>
        Gen.Select(Gen.OneOf([.. ids]), InputValue).List[0, 5].Select(ToObject);

    /// <summary>A value that is never a valid storage size: not a number, not whole, out of range, or not a string or number at all.</summary>
    private static readonly Gen<JsonNode?> InvalidStorage = Gen.Frequency<JsonNode?>(
        (3, Gen.OneOf("", " ", "abc", "49", "0", "-120", "2001", "120.5", "1e2", "١٢٠", "120 GB", "0x78", "999999999999999999999999999999", "+", "٫")
            .Select(text => (JsonNode?)text)),
        (2, Word.Select(word => (JsonNode?)(word + "z"))),
        (2, Gen.OneOf(Gen.Int[int.MinValue, 49], Gen.Int[2001, int.MaxValue]).Select(n => (JsonNode?)n)),
        (1, Gen.OneOf(49.5, 120.25, 1e300).Select(d => (JsonNode?)d)),
        (1, Gen.OneOf<JsonNode?>(Gen.Const<JsonNode?>(() => true), Gen.Const<JsonNode?>(() => null), Gen.Const<JsonNode?>(() => new JsonObject()), Gen.Const<JsonNode?>(() => new JsonArray("120")))));

    private static Gen<JsonObject> Stranger(FuzzWorld world) =>
        from member in Gen.OneOf([.. world.Strangers])
        from type in Gen.Frequency((4, Gen.Const("invoke")), (4, Gen.Const("message")), (1, Gen.Const("conversationUpdate")), (1, Gen.Const("installationUpdate")),
            (1, Gen.OneOf(Gen.OneOf("typing", "event", "messageReaction", "", "INVOKE", "Message"), Word)))
        from serviceUrl in ServiceUrl(world)
        from id in ActivityId
        from text in Gen.Frequency((3, Gen.OneOf("order", "status", "help", "cancel", "ticket", $"status {world.OrderId}", $"ticket {world.OrderId}", "ORDER  ", "<at>RegistryBot</at> cancel")), (2, AnyText))
        from name in Gen.Frequency((8, Gen.Const("adaptiveCard/action")), (1, Gen.OneOf(Gen.OneOf("composeExtension/query", "task/fetch", ""), Word)))
        from value in Gen.Frequency((8, ActionValue(world, Gen.OneOf(Gen.OneOf(Verbs), Word), Gen.Frequency((4, Gen.OneOf(Steps).Select(s => (JsonNode?)s)), (1, AnyJson(1))))), (1, AnyJson()))
        from extras in Gen.Int[0, 7]
        select Build(world, member, type, serviceUrl, id, text, name, value, extras);

    private static Gen<JsonNode?> ActionValue(FuzzWorld world, Gen<string> verb, Gen<JsonNode?> step) =>
        from actionType in Gen.Frequency((8, Gen.Const("Action.Execute")), (1, Gen.OneOf("Action.Submit", "", "action.execute")))
        from theVerb in verb
        from draftId in DraftIdValue(world)
        from theStep in step
        from orderId in OrderIdValue(world)
        from requestId in Gen.Frequency((1, Gen.Guid.Select(g => (JsonNode?)("TRQ-" + g.ToString("N")))), (2, AnyJson(0)))
        from inputs in Inputs(InputIds)
        from drop in Gen.Int[0, 15]
        select (JsonNode?)new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = actionType,
                ["verb"] = theVerb,
                ["data"] = Data(draftId, theStep, orderId, requestId, inputs, drop),
            },
            ["trigger"] = "manual",
        };

    private static JsonObject Data(JsonNode? draftId, JsonNode? step, JsonNode? orderId, JsonNode? requestId, JsonObject inputs, int drop)
    {
        var data = new JsonObject();
        if ((drop & 1) == 0) data["draftId"] = draftId;
        if ((drop & 2) == 0) data["step"] = step;
        if ((drop & 4) == 0) data["orderId"] = orderId;
        if ((drop & 8) == 0) data["requestId"] = requestId;
        foreach (var (key, value) in inputs.ToList())
        {
            inputs.Remove(key);
            data[key] = value;
        }

        return data;
    }

    /// <summary>Submits by a target's owner that must change nothing.</summary>
    private static Gen<JsonObject> OwnerInvalidSubmit(FuzzWorld world) =>
        from target in Gen.OneOf([.. world.Targets])
        from data in Gen.Frequency(
            // The draft's own step, but a storage size that is never valid.
            (4, from storage in InvalidStorage
                from extra in Inputs(InputIds.Where(id => id != "storageGb").ToList())
                select ("order.next", With(extra, ("draftId", target.DraftId), ("step", target.Step), ("storageGb", storage)))),
            // Next or back from a step the draft is not at (a stale card).
            (3, from verb in Gen.OneOf("order.next", "order.back")
                from step in Gen.Frequency((3, Gen.OneOf(Steps.Where(s => s != target.Step).ToArray()).Select(s => (JsonNode?)s)), (1, AnyJson(1).Where(node => node?.ToJsonString() != $"\"{target.Step}\"")))
                from extra in Inputs(InputIds)
                select (verb, With(extra, ("draftId", target.DraftId), ("step", step)))),
            // Edit and place need the summary; the draft is not there.
            (2, from verb in Gen.OneOf("order.edit", "order.place")
                from step in Gen.Frequency((3, Gen.OneOf(Steps).Select(s => (JsonNode?)s)), (1, AnyJson(1)))
                from extra in Inputs(InputIds)
                select (verb, With(extra, ("draftId", target.DraftId), ("step", step), ("acceptTerms", "true")))),
            // Any verb, naming a draft that is not the owner's own (or none at all).
            (2, from verb in Gen.OneOf(Gen.OneOf(Verbs), Word)
                from draftId in Gen.Frequency(
                    (2, Gen.OneOf([.. world.Targets.Where(t => t != target).Select(t => t.DraftId), "DRF-" + new string('0', 32), target.DraftId.ToUpperInvariant(), target.DraftId + " "]).Select(id => (JsonNode?)id)),
                    (1, AnyJson(1).Where(node => node?.ToJsonString() != $"\"{target.DraftId}\"")))
                from step in Gen.OneOf(Steps).Select(s => (JsonNode?)s)
                from extra in Inputs(InputIds)
                select (verb, With(extra, ("draftId", draftId), ("step", step)))),
            // Read-only verbs on the real order, with ticket request ids that are never well formed.
            (1, from verb in Gen.OneOf("status.refresh", "ticket.open", "ticket.submit")
                from orderId in OrderIdValue(world)
                from requestId in Gen.OneOf(Gen.OneOf<JsonNode?>("TRQ-", "TRQ-123", null), Word.Select(w => (JsonNode?)w))
                select (verb, With([], ("orderId", orderId), ("requestId", requestId), ("ticketDescription", "help")))))
        from id in ActivityId
        select Build(world, target.Owner, "invoke", world.ServiceUrl, id, null, "adaptiveCard/action",
            new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data.Item1, ["data"] = data.Item2 } }, extras: 0);

    /// <summary>Anything else a target's owner might send that is not a submit: messages (never "cancel"), other activity types and invokes.</summary>
    private static Gen<JsonObject> OwnerOther(FuzzWorld world) =>
        from target in Gen.OneOf([.. world.Targets])
        from type in Gen.OneOf("message", "message", "conversationUpdate", "installationUpdate", "typing", "invoke")
        from text in Gen.Frequency((2, Gen.OneOf("order", "status", "help", "ticket", $"status {world.OrderId}", $"ticket {world.OrderId}", "ORDER")), (2, AnyText.Select(t => "x" + t)))
        from name in Gen.OneOf(Gen.OneOf("composeExtension/query", "task/fetch", ""), Word)
        from value in AnyJson()
        from id in ActivityId
        from extras in Gen.Int[0, 7]
        select Build(world, target.Owner, type, world.ServiceUrl, id, text, name == "adaptiveCard/action" ? "x" : name, value, extras & 0b110);

    private static JsonObject With(JsonObject data, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        return data;
    }

    private static JsonObject Build(FuzzWorld world, Member member, string type, string? serviceUrl, string? id, string? text, string? name, JsonNode? value, int extras)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = member.UserId, ["name"] = member.UserName, ["aadObjectId"] = member.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = world.BotId, ["name"] = Activities.BotName },
            ["conversation"] = new JsonObject
            {
                ["id"] = member.ConversationId,
                ["conversationType"] = member.ConversationType,
                ["tenantId"] = member.TenantId,
                ["isGroup"] = !member.IsPersonal,
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = member.TenantId } },
        };
        switch (type)
        {
            case "message":
                activity["text"] = member.IsPersonal || (extras & 1) == 1 ? text : $"<at>{Activities.BotName}</at> {text}";
                break;
            case "invoke":
                activity["name"] = name;
                activity["value"] = value;
                break;
            case "conversationUpdate":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = (extras & 1) == 1 ? "28:someone-else" : world.BotId });
                break;
            case "installationUpdate":
                activity["action"] = (extras & 1) == 1 ? "remove" : "add";
                break;
            default:
                activity["value"] = value;
                break;
        }

        if ((extras & 2) == 2)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = text ?? "<at>x</at>",
                ["mentioned"] = new JsonObject { ["id"] = world.BotId },
            });
        }

        if ((extras & 4) == 4)
        {
            activity["replyToId"] = id ?? "m-1";
        }

        return activity;
    }

    /// <summary>Structural damage to a stranger's activity: fields removed, of the wrong type, or emptied.</summary>
    private static readonly Gen<Func<JsonObject, JsonObject>> Mutations =
        from steps in Gen.Select(Gen.Int[0, 5], Gen.OneOf("type", "id", "serviceUrl", "from", "recipient", "conversation", "channelData", "value", "text", "name", "timestamp", "entities", "membersAdded", "channelId", "locale"), AnyJson(2)).List[1, 3]
        select (Func<JsonObject, JsonObject>)(activity =>
        {
            foreach (var (how, field, replacement) in steps)
            {
                switch (how)
                {
                    case 0:
                        activity.Remove(field);
                        break;
                    case 1:
                        activity[field] = replacement;
                        break;
                    case 2:
                        if (activity[field] is JsonObject member && member.Count > 0)
                        {
                            member[member.ElementAt(0).Key] = replacement;
                        }

                        break;
                    case 3:
                        if (activity["value"] is JsonObject value && value["action"] is JsonObject action)
                        {
                            action[field] = replacement;
                        }

                        break;
                    case 4:
                        if (activity["value"] is JsonObject outer && outer["action"] is JsonObject inner && inner["data"] is JsonObject data)
                        {
                            data[field] = replacement;
                        }

                        break;
                    default:
                        activity[field] = new JsonObject();
                        break;
                }
            }

            return activity;
        });

    /// <summary>Bytes that are JSON only by accident: a stranger's activity with bytes flipped, cut, inserted or repeated, or no JSON at all.</summary>
    private static Gen<FuzzCase> RawBytes(FuzzWorld world) => Gen.Frequency(
        (6, from activity in Stranger(world)
            from edits in Gen.Select(Gen.Int[0, 4], Gen.Double.Unit, Gen.Byte, Gen.Int[1, 40]).List[1, 4]
            select new FuzzCase("bytes-mutated", Mutate(Encoding.UTF8.GetBytes(activity.ToJsonString()), edits))),
        (1, Gen.Byte.Array[0, 300].Select(bytes => new FuzzCase("bytes-random", bytes))),
        (1, Gen.OneOf("", "null", "[]", "{}", "\"activity\"", "123", "{\"type\":null}", "{\"type\":\"message\"}", "\uFEFF{}", "{\"type\":\"message\",\"serviceUrl\":\"x\",\"conversation\":{\"id\":\"c\"}}")
            .Select(text => new FuzzCase("bytes-fixed", Encoding.UTF8.GetBytes(text)))));

    private static byte[] Mutate(byte[] bytes, IEnumerable<(int How, double Where, byte Byte, int Length)> edits)
    {
        var list = bytes.ToList();
        foreach (var (how, where, value, length) in edits)
        {
            if (list.Count == 0)
            {
                break;
            }

            var at = Math.Min((int)(where * list.Count), list.Count - 1);
            var count = Math.Min(length, list.Count - at);
            switch (how)
            {
                case 0:
                    list[at] = value;
                    break;
                case 1:
                    list.RemoveRange(at, count);
                    break;
                case 2:
                    list.InsertRange(at, Enumerable.Repeat(value, length));
                    break;
                case 3:
                    list.RemoveRange(at, list.Count - at);
                    break;
                default:
                    list.InsertRange(at, list.GetRange(at, count));
                    break;
            }
        }

        return [.. list];
    }
}
