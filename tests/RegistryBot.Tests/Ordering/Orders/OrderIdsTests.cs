using RegistryBot.Ordering.Orders;

namespace RegistryBot.Tests.Ordering.Orders;

public sealed class OrderIdsTests
{
    private const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int LastSequence = (1 << 25) - 1;

    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ids_made_in_the_same_millisecond_are_distinct_well_formed_and_sorted_as_made()
    {
        var sequence = new OrderIdSequence();

        var ids = Enumerable.Range(0, 1000).Select(_ => sequence.Next(Noon)).ToList();

        Assert.All(ids, id => Assert.Matches("^ORD-[0-9A-HJKMNP-TV-Z]{14}$", id));
        Assert.All(ids, id => Assert.True(OrderIds.IsWellFormed(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_id_begins_with_the_millisecond_it_was_made()
    {
        var id = new OrderIdSequence().Next(Noon);

        Assert.Equal(Noon.ToUnixTimeMilliseconds(), MillisecondOf(id));
    }

    [Fact]
    public void Later_ids_sort_after_earlier_ones_even_when_the_clock_is_set_back()
    {
        var sequence = new OrderIdSequence();

        var first = sequence.Next(Noon);
        var later = sequence.Next(Noon.AddMilliseconds(1));
        var afterClockSetBack = sequence.Next(Noon.AddHours(-1));

        Assert.True(string.CompareOrdinal(first, later) < 0);
        Assert.True(string.CompareOrdinal(later, afterClockSetBack) < 0);
        Assert.Equal(Noon.AddMilliseconds(1).ToUnixTimeMilliseconds(), MillisecondOf(afterClockSetBack));
    }

    [Fact]
    public void A_millisecond_whose_sequence_runs_out_goes_on_in_the_next()
    {
        var sequence = new OrderIdSequence(() => LastSequence - 1);

        var ids = Enumerable.Range(0, 3).Select(_ => sequence.Next(Noon)).ToList();

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            [Noon.ToUnixTimeMilliseconds(), Noon.ToUnixTimeMilliseconds(), Noon.ToUnixTimeMilliseconds() + 1],
            ids.Select(MillisecondOf));
    }

    [Fact]
    public void Two_sequences_of_the_same_millisecond_start_apart()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => new OrderIdSequence().Next(Noon)).ToList();

        Assert.True(ids.Distinct().Count() > 1, "every sequence started at the same place");
    }

    [Theory]
    [InlineData("ORD-7K2M9QX4TB", true)]
    [InlineData("ORD-1KAB3XYZ4QRSTV", true)]
    [InlineData("ORD-123", false)]
    [InlineData("ORD-7K2M9QX4TBX", false)]
    [InlineData("ord-7k2m9qx4tb", false)]
    [InlineData("ORD-7K2M9QX4TI", false)]
    [InlineData("ORD-7K2M9QX4TU", false)]
    [InlineData("ORX-7K2M9QX4TB", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ids_made_before_stay_well_formed_and_anything_else_is_not(string? id, bool wellFormed)
    {
        Assert.Equal(wellFormed, OrderIds.IsWellFormed(id));
    }

    private static long MillisecondOf(string id) =>
        id.Substring(4, 9).Aggregate(0L, (value, digit) => (value << 5) | (long)Base32.IndexOf(digit));
}
