package org.phaen.cli;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.phaen.monitoring.store.DerbyServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code phaen server start|stop}: the Derby Network Server for a monitoring store shared by an office. It
 * listens on loopback unless {@code --host} says otherwise and always requires the password, taken from
 * {@code PHAEN_STORE_PASSWORD} or a file (never from the command line, where other users could read it).
 */
@Command(name = "server", description = "Start (in the foreground) or stop the shared monitoring-store server (Derby Network Server).")
final class ServerCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "start or stop")
    String action;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "1527")
    int port;

    @Option(names = "--home", defaultValue = "phaen-store", description = "Folder holding the databases (default ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = "--user", defaultValue = "phaen")
    String user;

    @Option(names = "--password-file", description = "File whose first line is the password (else PHAEN_STORE_PASSWORD).")
    Path passwordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String password = password();
        InetAddress address = InetAddress.getByName(host);
        switch (action) {
            case "start" -> {
                Files.createDirectories(home);
                DerbyServer server = DerbyServer.start(home, address, port, user, password);
                spec.commandLine().getOut().printf("store server listening on %s:%d, databases in %s%n"
                    + "connect with jdbc:derby://%s:%d/NAME as user %s; stop with 'phaen server stop' or Ctrl-C%n",
                    host, port, home.toAbsolutePath(), host, port, user);
                spec.commandLine().getOut().flush();
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (Exception e) {
                        // the process is ending anyway
                    }
                    stopped.countDown();
                }));
                stopped.await();
            }
            case "stop" -> {
                DerbyServer.stop(address, port, user, password);
                spec.commandLine().getOut().printf("store server on %s:%d stopped%n", host, port);
            }
            default -> throw new BadInputException("unknown action '" + action + "': use start or stop", null);
        }
        return 0;
    }

    private String password() throws Exception {
        String password = passwordFile != null ? Files.readAllLines(passwordFile).stream().findFirst().orElse("")
            : System.getenv("PHAEN_STORE_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new BadInputException("the store server always needs a password: set PHAEN_STORE_PASSWORD or use --password-file", null);
        }
        return password.strip();
    }
}
