package org.wbcyber.graph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A {@link Driver} whose sessions fail the first attempt of every other managed write transaction
 * ({@code executeWrite}: the second, the fourth…) after its work has run, with the transient error Neo4j gives for a
 * deadlock: the driver rolls the attempt back and runs the work again, as it would after a real deadlock or leader
 * switch. Every other one, because the driver waits about a second before a retry.
 */
public final class FailingFirstAttempts {

    private FailingFirstAttempts() {
    }

    /** {@code driver}, with every injected failure counted in {@code failures}. */
    public static Driver wrap(Driver driver, AtomicInteger failures) {
        AtomicInteger writes = new AtomicInteger();
        return proxy(Driver.class, (method, args) -> {
            Object result = invoke(driver, method, args);
            return result instanceof Session session ? failing(session, writes, failures) : result;
        });
    }

    private static Session failing(Session session, AtomicInteger writes, AtomicInteger failures) {
        return proxy(Session.class, (method, args) -> {
            if (method.getName().equals("executeWrite") && writes.incrementAndGet() % 2 == 0) {
                Object[] failingFirst = args.clone();
                failingFirst[0] = failingFirst((TransactionCallback<?>) args[0], failures);
                return invoke(session, method, failingFirst);
            }
            return invoke(session, method, args);
        });
    }

    private interface Call {
        Object run(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(FailingFirstAttempts.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> call.run(method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> TransactionCallback<T> failingFirst(TransactionCallback<T> work, AtomicInteger failures) {
        AtomicBoolean failed = new AtomicBoolean();
        return tx -> {
            T result = work.execute(tx);
            if (failed.compareAndSet(false, true)) {
                failures.incrementAndGet();
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
                        "injected by the test: the first attempt of this transaction fails");
            }
            return result;
        };
    }
}
