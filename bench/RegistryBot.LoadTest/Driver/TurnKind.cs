namespace RegistryBot.LoadTest.Driver;

public enum TurnKind
{
    /// <summary>The <c>order</c> message, timed until its first card reaches the fake connector.</summary>
    OrderMessage,

    /// <summary>An <c>order.next</c> invoke, timed until its HTTP response is read.</summary>
    OrderNext,

    /// <summary>The <c>order.place</c> invoke, timed until its HTTP response is read.</summary>
    OrderPlace,
}
