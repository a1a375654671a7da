package io.github.cscbriefs.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.BriefRenderer;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every published jar's module descriptor (the compiled module-info, read from the module the
 * tests run in and the modules it reads) exports and opens no implementation package, one named
 * {@code internal}, {@code layout} or {@code brief}, to everyone; a qualified {@code exports ...
 * to} or {@code opens ... to} is allowed. This module reads every other published one, so one test
 * here checks them all.
 */
class ModuleBoundaryTest {

  private static final Set<String> IMPLEMENTATION = Set.of("internal", "layout", "brief");

  @ParameterizedTest
  @ValueSource(classes = {Dataset.class, OfficialData.class, BriefProfiles.class, BriefRenderer.class,
      OneBrief.class})
  void noImplementationPackageIsExportedOrOpenedToEveryone(Class<?> api) {
    ModuleDescriptor descriptor = api.getModule().getDescriptor();
    assertNotNull(descriptor, api.getPackageName() + " ran outside a named module; is module-info.java missing?");
    assertFalse(descriptor.isOpen(), "an open module opens every package, implementation included");
    assertTrue(descriptor.exports().stream()
        .anyMatch(e -> !e.isQualified() && e.source().equals(api.getPackageName())), "exports its API");
    List<String> exposed = new ArrayList<>();
    descriptor.exports().stream()
        .filter(e -> !e.isQualified() && isImplementation(e.source()))
        .forEach(e -> exposed.add("exports " + e.source()));
    descriptor.opens().stream()
        .filter(o -> !o.isQualified() && isImplementation(o.source()))
        .forEach(o -> exposed.add("opens " + o.source()));
    assertEquals(List.of(), exposed, descriptor.name());
  }

  private static boolean isImplementation(String packageName) {
    return List.of(packageName.split("\\.")).stream().anyMatch(IMPLEMENTATION::contains);
  }
}
