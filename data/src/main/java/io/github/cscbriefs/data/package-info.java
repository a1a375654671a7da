/**
 * Readers of the official DfE and Ofsted publications, and the bundled official data.
 *
 * <p>{@link io.github.cscbriefs.data.OfficialData#load()} reads every bundled file into a {@link
 * io.github.cscbriefs.model.Dataset}; {@link io.github.cscbriefs.data.OfficialData#builder()} lets
 * user-supplied files replace bundled ones. Each reader can also be used alone:
 * {@link io.github.cscbriefs.data.LaCodeListReader}, {@link io.github.cscbriefs.data.WorkforceCsvReader},
 * {@link io.github.cscbriefs.data.ClaStabilityReader}, {@link io.github.cscbriefs.data.OfstedReader},
 * {@link io.github.cscbriefs.data.NeighbourReader}; {@link io.github.cscbriefs.data.CouncilDirectories}
 * builds the council directory.
 *
 * <p>Bad input fails with one {@link io.github.cscbriefs.data.DataFileException} listing every
 * {@link io.github.cscbriefs.model.problem.Problem} in the file (file, line, column, value, expected). In
 * {@link io.github.cscbriefs.data.ReadMode#LENIENT} mode bad rows are skipped and each is returned as a
 * {@link io.github.cscbriefs.model.DataQualityNote}. The accepted formats and column names are listed
 * in the module's README.md.
 */
package io.github.cscbriefs.data;
