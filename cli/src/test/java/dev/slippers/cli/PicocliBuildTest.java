package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli is compiled from its sources with this module (cli/pom.xml), so its classes have the
 * module's class-file version and the launcher's AppCDS archive can hold them. The published jar's
 * classes are version 49, which AppCDS skips; if the binary dependency came back, this fails.
 */
class PicocliBuildTest {

  private static final int JAVA_17 = 61;

  @Test
  void picocliClassesAreCompiledForJava17() throws IOException {
    for (Class<?> type : new Class<?>[] {CommandLine.class, CommandLine.Model.CommandSpec.class,
        CommandLine.Help.class}) {
      assertEquals(JAVA_17, majorVersion(type), type.getName());
    }
  }

  @Test
  void picocliComesFromThisModulesClassesNotFromAJar() {
    var location = CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(location.endsWith("/cli/target/classes/") || location.endsWith("slippers.jar"), location);
  }

  private static int majorVersion(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      DataInputStream data = new DataInputStream(in);
      assertEquals(0xCAFEBABE, data.readInt());
      data.readUnsignedShort();
      return data.readUnsignedShort();
    }
  }
}
