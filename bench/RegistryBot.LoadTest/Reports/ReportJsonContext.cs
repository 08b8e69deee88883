using System.Text.Json.Serialization;

namespace RegistryBot.LoadTest.Reports;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OrdersReport))]
[JsonSerializable(typeof(NotificationsReport))]
[JsonSerializable(typeof(StartupReport))]
[JsonSerializable(typeof(CompareReport))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
