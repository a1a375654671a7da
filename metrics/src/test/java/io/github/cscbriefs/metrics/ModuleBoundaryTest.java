package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published jar's module descriptor (the compiled module-info the tests run in) exports and
 * opens no implementation package, one named {@code internal}, {@code layout} or {@code brief}, to
 * everyone; a qualified {@code exports ... to} or {@code opens ... to} is allowed.
 */
class ModuleBoundaryTest {

  private static final Set<String> IMPLEMENTATION = Set.of("internal", "layout", "brief");

  @Test
  void noImplementationPackageIsExportedOrOpenedToEveryone() {
    ModuleDescriptor descriptor = ModuleBoundaryTest.class.getModule().getDescriptor();
    assertNotNull(descriptor, "the tests ran outside a named module; is module-info.java missing?");
    assertEquals("io.github.cscbriefs.metrics", descriptor.name());
    assertFalse(descriptor.isOpen(), "an open module opens every package, implementation included");
    assertTrue(descriptor.exports().stream()
        .anyMatch(e -> !e.isQualified() && e.source().equals("io.github.cscbriefs.metrics")), "exports its API");
    List<String> exposed = new ArrayList<>();
    descriptor.exports().stream()
        .filter(e -> !e.isQualified() && isImplementation(e.source()))
        .forEach(e -> exposed.add("exports " + e.source()));
    descriptor.opens().stream()
        .filter(o -> !o.isQualified() && isImplementation(o.source()))
        .forEach(o -> exposed.add("opens " + o.source()));
    assertEquals(List.of(), exposed);
  }

  private static boolean isImplementation(String packageName) {
    return List.of(packageName.split("\\.")).stream().anyMatch(IMPLEMENTATION::contains);
  }
}
