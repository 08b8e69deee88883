using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Tests.Teams;

public sealed class ActivityTextTests
{
    [Fact]
    public void The_bots_mention_is_removed_in_a_channel()
    {
        var activity = Message("<at>RegistryBot</at> status ORD-1", ConversationTypes.Channel);
        activity.Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot" }, Text = "<at>RegistryBot</at>" }];

        Assert.Equal("status ORD-1", ActivityText.WithoutBotMention(activity));
    }

    [Fact]
    public void A_mention_tag_without_an_entity_is_removed_in_a_group_chat()
    {
        Assert.Equal("help", ActivityText.WithoutBotMention(Message("<at>Registry Bot</at>   help ", ConversationTypes.GroupChat)));
    }

    [Fact]
    public void Personal_chat_text_is_only_trimmed()
    {
        Assert.Equal("order", ActivityText.WithoutBotMention(Message("  order\n", ConversationTypes.Personal)));
    }

    [Fact]
    public void Another_users_mention_entity_is_left_alone()
    {
        var activity = Message("ticket <at>Alice</at>", ConversationTypes.Personal);
        activity.Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:alice" }, Text = "<at>Alice</at>" }];

        Assert.Equal("ticket <at>Alice</at>", ActivityText.WithoutBotMention(activity));
    }

    private static Activity Message(string text, string conversationType) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "c", ConversationType = conversationType, IsGroup = conversationType != ConversationTypes.Personal },
    };
}
