/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Seasonality Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.SeasonalityProfile#getFactors <em>Factors</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getSeasonalityProfile()
 * @model
 * @generated
 */
public interface SeasonalityProfile extends Element {
	/**
	 * Returns the value of the '<em><b>Factors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Twelve factors, January to December.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Factors</em>' attribute list.
	 * @see org.perenne.model.PerennePackage#getSeasonalityProfile_Factors()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getFactors();

} // SeasonalityProfile
