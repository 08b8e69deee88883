namespace RegistryBot.LoadTest.Cli;

public static class HelpText
{
    public const string Usage = """
        RegistryBot load test: drives the bot through the conversation contract, with a fake
        Bot Connector on loopback receiving everything the bot sends.

        usage: RegistryBot.LoadTest [orders|compare|notifications|startup] [options]

        orders (default)      U users, each in its own personal chat, place N complete orders
                              (order message, order.next for every step, order.place), closed loop.
          --users U             concurrent users (50)
          --orders N            orders measured, shared among the users (2000)
          --warmup W            orders placed first and not counted (200)

        compare               the orders run for two builds in turns, P pairs, the build that runs first
                              alternating: per-run lines, each build's mean and median, the candidate
                              over the baseline pair by pair, and how much running first moves a pair.
          --bot-dll PATH        the candidate build
          --baseline PATH       the build to compare against (a dll, or an executable)
          --pairs P             pairs of runs (4); --users, --orders and --warmup as for orders

        notifications         seeds K open orders through the contract, then measures the time until
                              every status message (processing and DONE) and in-place update has
                              reached the fake connector, which enforces Teams' rate limits.
          --orders K            orders seeded (200)
          --users U             users placing them (20)
          --conversation-limit  messages per second per conversation before 429 (7)
          --tenant-limit        requests per second for the tenant before 429 (50)
          --processing-after    simulator delay to processing (00:00:05)
          --completed-after     simulator delay from processing to DONE (00:00:05)
          --poll-interval       the bot's status job interval (00:00:00.500)
          --deadline SECONDS    give up waiting after this long (300)

        startup               start the bot R times: time to the first answered activity, idle RSS.
          --runs R              starts (5)
          --idle-seconds S      wait before reading the idle RSS (5)
          --quiet-start S       send the first activity S seconds after the bot is healthy, as a
                                user after a restart would, instead of as soon as it is taken

        bot (all modes)
          --bot-url URL         attach to a running bot instead of starting one (its rate limits
                                must be off or generous; startup mode always starts its own)
          --bot-pid PID         with --bot-url: the process whose RSS and CPU are sampled
          --bot-dll PATH        the bot to start (src/RegistryBot/bin/Release/net10.0/RegistryBot.dll); a path
                                not ending in .dll runs as an executable (an app host, a native build)
          --dotnet PATH         the dotnet host (dotnet)
          --bot-log-level L     Logging:LogLevel:Default of the started bot (Information)
          --bot-log FILE        keep the started bot's console output there (else it goes with its temp folder)
          --bot-arg ARG         one more argument for the started bot; repeatable
          --turn-timeout S      seconds before a turn counts as failed (30)

        output
          --json FILE           write the report as JSON too
          --help                this text
        """;
}
