using LiteDB;

namespace RegistryBot.Storage;

public static class MapperSamples
{
    /// <summary>
    /// Maps <paramref name="sample"/> to a document and back, so the mapper builds both ways for its
    /// type now, and a type it cannot build (a constructor an ahead-of-time build left out) stops the start.
    /// </summary>
    public static void RoundTrip<T>(this BsonMapper mapper, T sample) => mapper.ToObject<T>(mapper.ToDocument(sample));
}
