using System.Text;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>
/// The structural checks an activity must pass before the app sees it, and the clean-up of
/// harmless oddities (null entries in lists). Ids are bounded because they become storage keys,
/// which have a size limit; real Teams ids are far shorter.
/// </summary>
public static class ActivityShape
{
    public const int MaxIdBytes = 400;

    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return "The activity has no serviceUrl.";
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "The activity has no conversation id.";
        }

        foreach (var (name, value) in Ids(activity))
        {
            if (value is not null && Encoding.UTF8.GetByteCount(value) > MaxIdBytes)
            {
                return $"The activity's {name} is longer than {MaxIdBytes} bytes.";
            }
        }

        return null;
    }

    public static void RemoveNullEntries(Activity activity)
    {
        activity.Entities = WithoutNulls(activity.Entities);
        activity.Attachments = WithoutNulls(activity.Attachments);
        activity.MembersAdded = WithoutNulls(activity.MembersAdded);
        activity.MembersRemoved = WithoutNulls(activity.MembersRemoved);
    }

    private static IEnumerable<(string Name, string? Value)> Ids(Activity activity) =>
    [
        ("id", activity.Id),
        ("conversation id", activity.Conversation?.Id),
        ("sender id", activity.From?.Id),
        ("sender's aadObjectId", activity.From?.AadObjectId),
        ("recipient id", activity.Recipient?.Id),
        ("tenant id", activity.TenantId),
        ("channelId", activity.ChannelId),
        ("replyToId", activity.ReplyToId),
    ];

    private static IList<T>? WithoutNulls<T>(IList<T>? items) where T : class =>
        items is null || !items.Contains(null!) ? items : items.Where(item => item is not null).ToList();
}
