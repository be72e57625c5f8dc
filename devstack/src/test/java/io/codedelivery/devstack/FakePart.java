package io.codedelivery.devstack;

import java.util.concurrent.CountDownLatch;

/**
 * A part for the supervision tests, run in a JVM of its own: it prints 30 numbered lines and then
 * {@code ready pid <pid>}; with {@code serve} it then runs until killed, with {@code die <code>} it
 * exits with that code soon after.
 */
public final class FakePart {

    private FakePart() {
    }

    public static void main(String[] args) throws InterruptedException {
        long pid = ProcessHandle.current().pid();
        for (int line = 1; line <= 30; line++) {
            System.out.println("line " + line + " of pid " + pid);
        }
        System.out.println("ready pid " + pid);
        System.out.flush();
        if (args[0].equals("die")) {
            // long enough for whoever started it to see it ready, on a busy machine most of the time
            new CountDownLatch(1).await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            System.exit(Integer.parseInt(args[1]));
        }
        new CountDownLatch(1).await();
    }
}
