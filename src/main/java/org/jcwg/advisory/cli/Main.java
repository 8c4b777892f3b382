package org.jcwg.advisory.cli; public class Main { public static void main(String[] a){} }
