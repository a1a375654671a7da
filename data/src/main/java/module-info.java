/**
 * Readers of the official DfE and Ofsted publications, the bundled official data, and councils'
 * local evidence files. The {@code internal} package is not exported.
 */
module io.github.cscbriefs.data {
  requires transitive io.github.cscbriefs.model;
  requires java.xml;
  requires org.apache.commons.csv;
  requires org.apache.commons.io;
  requires com.github.miachm.sods;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.github.cscbriefs.data;
  exports io.github.cscbriefs.data.local;

  // Jackson binds local evidence files onto the package-private records of LocalFileModel.
  opens io.github.cscbriefs.data.local to com.fasterxml.jackson.databind;
}
