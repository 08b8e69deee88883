namespace RegistryBot.LoadTest.Driver;

public readonly record struct OrderTally(int Completed, int Failed)
{
    public static OrderTally Sum(IEnumerable<OrderTally> tallies) =>
        tallies.Aggregate(new OrderTally(0, 0), (sum, tally) => new OrderTally(sum.Completed + tally.Completed, sum.Failed + tally.Failed));
}
