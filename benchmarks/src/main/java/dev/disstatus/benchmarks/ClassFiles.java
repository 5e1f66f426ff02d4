package dev.disstatus.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads the sizes of a class file's methods, to show how far the generated code stays from javac's limit of
 * {@value #CODE_LIMIT} bytes of bytecode per method ("code too large").
 */
final class ClassFiles {
  /** The most bytecode a method may have (JVMS 4.7.3, {@code code_length < 65536}). */
  static final int CODE_LIMIT = 65_535;

  private ClassFiles() {}

  /**
   * A method and the size of its bytecode.
   *
   * @param name the method's name, such as {@code <clinit>}
   * @param codeLength its bytecode, in bytes
   */
  record Method(String name, int codeLength) {}

  /** The method with the most bytecode in a class file, if it has any method with code. */
  static Optional<Method> largestMethod(byte[] classFile) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.skipBytes(4);
      String[] utf8 = readConstantPool(in);
      in.skipBytes(6);
      in.skipBytes(2 * in.readUnsignedShort());
      int fields = in.readUnsignedShort();
      for (int i = 0; i < fields; i++) {
        in.skipBytes(6);
        skipAttributes(in);
      }
      Method largest = null;
      int methods = in.readUnsignedShort();
      for (int i = 0; i < methods; i++) {
        in.skipBytes(2);
        String name = utf8[in.readUnsignedShort()];
        in.skipBytes(2);
        int attributes = in.readUnsignedShort();
        for (int j = 0; j < attributes; j++) {
          String attribute = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if (attribute.equals("Code")) {
            in.skipBytes(4);
            int codeLength = in.readInt();
            in.skipBytes(length - 8);
            if (largest == null || codeLength > largest.codeLength()) {
              largest = new Method(name, codeLength);
            }
          } else {
            in.skipBytes(length);
          }
        }
      }
      return Optional.ofNullable(largest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The constant pool's UTF-8 entries by index; the other entries are skipped (JVMS 4.4). */
  private static String[] readConstantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++;
        }
        default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
      }
    }
    return utf8;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int i = 0; i < attributes; i++) {
      in.skipBytes(2);
      in.skipBytes(in.readInt());
    }
  }
}
