package org.sealroom.client;

import java.io.PrintStream;
import java.util.Arrays;
import org.sealroom.client.about.AppVersion;
import org.sealroom.client.cli.SealroomCli;
import org.sealroom.relay.RelayMain;

/**
 * The one {@code sealroom} command of an installed app: {@code --version}; no arguments or a {@code sealroom://} link
 * start the desktop app (on the join screen for a link); {@code host} and {@code join} the command-line client
 * ({@code --headless} for no UI); {@code relay} a relay server.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /** Returns the exit status, or -1 when a long-running part (app, client, relay) took over this process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "--version", "-V", "version" -> {
                out.println(AppVersion.line());
                return 0;
            }
            case "--help", "-h", "help" -> {
                out.print(usage());
                return 0;
            }
            case "host", "join" -> {
                SealroomCli.main(args);
                return -1;
            }
            case "relay" -> {
                RelayMain.main(Arrays.copyOfRange(args, 1, args.length));
                return -1;
            }
            default -> {
                if (command.isEmpty() || command.startsWith("sealroom://")) {
                    DesktopMain.main(args);
                    return -1;
                }
                err.println("sealroom: unknown command '" + command + "'");
                err.print(usage());
                return 2;
            }
        }
    }

    static String usage() {
        return """
                Usage: sealroom [COMMAND] [ARGS...]
                  (no command)                 start the desktop app
                  sealroom://...               open the app on joining that meeting
                  host --headless --name NAME  host a meeting without UI (see: sealroom host --help)
                  join LINK --headless --name NAME
                                               join a meeting without UI (see: sealroom join --help)
                  relay [--port 7443] ...      run a relay server (see: sealroom relay --help)
                  --version                    print the version
                  --help                       this help
                """;
    }
}
