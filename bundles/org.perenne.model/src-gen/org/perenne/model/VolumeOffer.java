/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.VolumeOffer#getSeasonality <em>Seasonality</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getVolumeOffer()
 * @model abstract="true"
 * @generated
 */
public interface VolumeOffer extends Offer {
	/**
	 * Returns the value of the '<em><b>Seasonality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seasonality of the volumes; none means flat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seasonality</em>' reference.
	 * @see #setSeasonality(SeasonalityProfile)
	 * @see org.perenne.model.PerennePackage#getVolumeOffer_Seasonality()
	 * @model
	 * @generated
	 */
	SeasonalityProfile getSeasonality();

	/**
	 * Sets the value of the '{@link org.perenne.model.VolumeOffer#getSeasonality <em>Seasonality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seasonality</em>' reference.
	 * @see #getSeasonality()
	 * @generated
	 */
	void setSeasonality(SeasonalityProfile value);

} // VolumeOffer
