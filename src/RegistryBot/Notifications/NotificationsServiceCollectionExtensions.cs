using Microsoft.Extensions.Options;
using Quartz;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>The status job: Quartz ticks every <c>StatusPolling:Interval</c>; LiteDB holds all state, so Quartz's own store stays in memory.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatusPollingOptions>()
            .BindConfiguration(StatusPollingOptions.SectionName)
            .Validate(options => options.Interval > TimeSpan.Zero, "StatusPolling:Interval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StatusPollingOptions>, StatusPollingOptionsValidator>();
        services.AddSingleton<ICollectionSetup, OutboxSetup>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<StatusSweep>();
        services.AddSingleton<StatusNotifier>();
        services.AddSingleton<TenantThrottle>();
        services.AddSingleton<ProactivePacing>();
        services.AddSingleton<OutboxDelivery>();

        var configured = configuration.GetSection(StatusPollingOptions.SectionName).Get<StatusPollingOptions>()?.Interval ?? new StatusPollingOptions().Interval;
        var interval = configured > TimeSpan.Zero ? configured : TimeSpan.FromSeconds(5);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "RegistryBot";
                // Let a running job see cancellation at shutdown instead of being abandoned.
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseDefaultThreadPool(maxConcurrency: 2);
            quartz.AddJob<StatusPollJob>(job => job.WithIdentity(StatusPollJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(StatusPollJob.Key)
                .WithIdentity("status-poll-trigger")
                // The first round one interval after start: the first turns get the cores to themselves.
                .StartAt(DateTimeOffset.UtcNow + interval)
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever().MeasureIntervalFromCompletion(true)));
        });
        services.AddQuartzHostedService(hosting => hosting.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }
}
