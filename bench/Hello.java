/** The yardstick: the least a JVM can do. bench/run compiles it in the same run it times it. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
