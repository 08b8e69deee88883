using System.Text.RegularExpressions;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>The text a user typed, without the bot's own @mention (present in channels and group chats).</summary>
public static partial class ActivityText
{
    public static string WithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.Mentioned?.Id == botId && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.Ordinal);
            }
        }

        // A mention whose entity was missing still arrives as <at>Name</at>; it is never a command.
        if (activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is ConversationTypes.Channel or ConversationTypes.GroupChat)
        {
            text = AtTag().Replace(text, string.Empty);
        }

        return WhiteSpace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
