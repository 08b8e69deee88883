using RegistryBot.Ordering.Orders;

namespace RegistryBot.Tests.Ordering.Orders;

public sealed class OrderIdsTests
{
    private const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ids_made_in_the_same_millisecond_are_distinct_well_formed_and_sorted_as_made()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => OrderIds.New(Noon)).ToList();

        Assert.All(ids, id => Assert.Matches("^ORD-[0-9A-HJKMNP-TV-Z]{14}$", id));
        Assert.All(ids, id => Assert.True(OrderIds.IsWellFormed(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Later_ids_sort_after_earlier_ones_even_when_the_clock_is_set_back()
    {
        var first = OrderIds.New(Noon.AddDays(1));
        var later = OrderIds.New(Noon.AddDays(1).AddMilliseconds(1));
        var afterClockSetBack = OrderIds.New(Noon.AddDays(-1));

        Assert.True(string.CompareOrdinal(first, later) < 0);
        Assert.True(string.CompareOrdinal(later, afterClockSetBack) < 0);
    }

    [Fact]
    public void An_id_begins_with_the_millisecond_it_was_made_or_a_later_one()
    {
        var madeAt = DateTimeOffset.UtcNow.AddYears(1);

        var id = OrderIds.New(madeAt);

        Assert.InRange(MillisecondOf(id), madeAt.ToUnixTimeMilliseconds(), madeAt.ToUnixTimeMilliseconds() + 1000);
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
