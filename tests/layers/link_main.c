/* The link check of one layer: built with the whole of that layer's static
 * library (every object, not only the referenced ones) and nothing but the
 * libraries it declares below it. A function of a higher layer called from
 * this one leaves an undefined reference, and the build stops here. */
int
main(void)
{
    return 0;
}
