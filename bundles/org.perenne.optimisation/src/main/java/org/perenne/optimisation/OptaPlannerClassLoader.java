/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.optaplanner.constraint.streams.bavet.BavetConstraintFactory;
import org.optaplanner.constraint.streams.common.InnerConstraintFactory;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * OptaPlanner finds its score directors (incremental, in its core), its constraint-stream implementation (Bavet)
 * and the joiners with {@link java.util.ServiceLoader} through the thread's context class loader. Under OSGi no
 * single bundle sees all those service files, so solving runs with this loader as context class loader: it sees
 * the classes and META-INF/services of the three OptaPlanner bundles.
 */
public final class OptaPlannerClassLoader extends ClassLoader {

    private static final OptaPlannerClassLoader INSTANCE = new OptaPlannerClassLoader(List.of(
            BavetConstraintFactory.class.getClassLoader(), InnerConstraintFactory.class.getClassLoader(),
            SolverFactory.class.getClassLoader()));

    private final List<ClassLoader> bundles;

    private OptaPlannerClassLoader(List<ClassLoader> bundles) {
        super(null);
        this.bundles = bundles;
    }

    /** Runs {@code work} with this loader as the thread's context class loader. */
    public static <T> T run(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(INSTANCE);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader bundle : bundles) {
            try {
                return bundle.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next bundle
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader bundle : bundles) {
            URL url = bundle.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (ClassLoader bundle : bundles) {
            urls.addAll(Collections.list(bundle.getResources(name)));
        }
        return Collections.enumeration(urls);
    }
}
